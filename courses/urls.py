from django.urls import path

from . import views

app_name = "courses"

urlpatterns = [
    path("enrolment/cancel/<str:token>/", views.cancel_view, name="cancel"),
    path("enrolment/offer/<str:token>/", views.offer_view, name="offer"),
    path("certificate/<str:number>/", views.certificate_view, name="certificate"),
    path(
        "certificate/download/<str:token>/",
        views.certificate_download,
        name="certificate_download",
    ),
]
