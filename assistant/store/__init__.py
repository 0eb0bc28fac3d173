"""Store: the layout of an index generation, the pointer to the serving one, and its reader."""
