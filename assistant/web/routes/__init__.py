"""One router per concern; ``api.create_app`` includes them all."""
