"""Cited question answering over the University of Montpellier's international partnership texts."""

__version__ = "0.1.0"
