"""The API the window and the command line call.

Functions take a unit of work and return frozen dataclasses (never ORM objects,
never Qt types). Rules live in ``dibao_desk.domain``.
"""
