"""The customer search's reads: its SQL (:mod:`.statements`), the reader that runs it and
returns plain rows (:mod:`.reader`), and the upkeep of the name index (:mod:`.upkeep`).

What to read (the key ranges) and how to rank what was read are decided by the search
service (:mod:`clb4u_desk.services.search`); nothing here ranks.
"""
