"""Fixed demo content for the community section, in Spanish with en, fr and ht translations."""
