"""Web: the HTTP layer (dependencies, errors, middleware, schemas, protocols and one router per concern)."""
