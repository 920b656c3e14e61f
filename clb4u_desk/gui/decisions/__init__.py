"""Dialogs for the decisions on a request: rectification, restriction (and lifting it),
objection, consent withdrawal and a refusal proposal.

Each dialog takes ``(services, actor, runner, case_id, ...)`` plus the version the user
saw, calls :class:`clb4u_desk.services.decisions.service.DecisionService` only through the
TaskRunner, shows a domain error (identity not verified, changed by someone else) in
the dialog itself, and emits ``decided(result_dto)`` before it closes. Open one with
``dialog.open()`` from a case page, and reload the case on ``decided``.
"""
