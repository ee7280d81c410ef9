"""The "Role for legal reviews" panel of the admin's account settings (Account → Profile).

Each staff user writes their own role there (`home.models.StaffProfile`); a guide a Legal reviewer
approves shows it as "Reviewed by" (legal_guides/review.py).
"""

from django import forms
from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.account import BaseSettingsPanel

from .models import StaffProfile


class StaffProfileForm(forms.ModelForm):
    class Meta:
        model = StaffProfile
        fields = ["review_role"]

    def clean_review_role(self):
        return " ".join(self.cleaned_data["review_role"].split())


class StaffProfileSettingsPanel(BaseSettingsPanel):
    name = "staff_profile"
    title = _("Role for legal reviews")
    order = 350
    form_class = StaffProfileForm

    def is_active(self):
        return self.user.is_superuser or self.user.groups.filter(name="Legal reviewers").exists()

    def get_form(self):
        instance = StaffProfile.objects.filter(user=self.user).first() or StaffProfile(
            user=self.user
        )
        if self.request.method == "POST":
            return self.form_class(self.request.POST, instance=instance, prefix=self.name)
        return self.form_class(instance=instance, prefix=self.name)
