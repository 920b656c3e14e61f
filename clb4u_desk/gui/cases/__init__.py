"""The cases: the queue, taking requests in, and the case page."""
