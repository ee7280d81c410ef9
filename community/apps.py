from django.apps import AppConfig


class CommunityConfig(AppConfig):
    name = "community"

    def ready(self):
        from django.db.models.signals import m2m_changed, post_delete, post_save

        from wagtail.signals import page_published, page_unpublished

        from .models import EventPage, FeedbackResponse, PlanAction, PlanObjective
        from .views import forget_plan

        for model in (PlanObjective, PlanAction, FeedbackResponse):
            post_save.connect(forget_plan, sender=model, dispatch_uid=f"plan-save-{model.__name__}")
            post_delete.connect(
                forget_plan, sender=model, dispatch_uid=f"plan-delete-{model.__name__}"
            )
        for through in (PlanAction.workshops.through, PlanAction.feedback.through):
            m2m_changed.connect(
                forget_plan, sender=through, dispatch_uid=f"plan-m2m-{through.__name__}"
            )
        page_published.connect(forget_plan, sender=EventPage, dispatch_uid="plan-event-published")
        page_unpublished.connect(
            forget_plan, sender=EventPage, dispatch_uid="plan-event-unpublished"
        )
