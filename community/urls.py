from django.urls import path

from . import views

app_name = "community"

urlpatterns = [
    path("calendar/events.ics", views.events_feed, name="events_feed"),
    path("calendar/event-<int:page_id>.ics", views.event_ics, name="event_ics"),
]
urlpatterns += [
    path("directory/entry-<int:pk>/", views.service_entry, name="service_entry"),
    path("directory/entry-<int:pk>/report/", views.report_service, name="report_service"),
]
