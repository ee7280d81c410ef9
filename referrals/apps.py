from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReferralsConfig(AppConfig):
    name = "referrals"
    verbose_name = _("Referrals")

    def ready(self):
        from legal_advice.services import personal_data_erased

        from . import services

        # A legal advice request erased (on request or by the purge) takes its referrals' copy of
        # the person's name and contact with it.
        personal_data_erased.connect(
            services.erase_for_advice_request, dispatch_uid="referrals.erase_for_advice_request"
        )
