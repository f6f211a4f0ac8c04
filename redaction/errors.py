"""Exceptions raised by :mod:`redaction`; every one derives from :class:`RedactionError`."""

from __future__ import annotations


class RedactionError(Exception):
    """Base class of every error this package raises."""


class ModelLoadError(RedactionError):
    """The NER model could not be found or loaded (nothing is ever downloaded)."""


class ConfigurationError(RedactionError):
    """An argument or option is invalid (bad key, bad pattern, bad threshold …)."""
