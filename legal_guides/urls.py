from django.urls import path  # noqa: F401

app_name = "legal_guides"

urlpatterns = []
