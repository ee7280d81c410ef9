from django.apps import AppConfig


class CoursesConfig(AppConfig):
    name = "courses"

    def ready(self):
        from . import services, tasks

        # The services record notifications; the task layer queues them (imports point one way).
        services.notification_created.connect(
            tasks.notification_sender.queue_after_commit, dispatch_uid="courses.queue_notification"
        )
