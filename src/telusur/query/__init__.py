"""A question's way: conversation (follow-ups), retrieval (ranking), answer (sentences and passages)."""
