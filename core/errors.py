"""Errors that core functions raise for bad *input* (as opposed to bugs)."""


class InputError(ValueError):
    """The data or parameters given are unusable; the message says what is wrong and how to fix
    it in words a user understands. Algorithms turn it into a ``QgsProcessingException``."""
