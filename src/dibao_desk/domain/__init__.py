"""Pure rules of the dibao work: no database, no Qt, no file formats."""
