"""The web side of a library of collections: its JSON API, its chats (mounted on first visit) and its admin."""
