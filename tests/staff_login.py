"""Logging staff in for tests that are not about logging in.

Staff who can see personal data must pass a second factor before the admin opens
(home/staff_security.py). ``login_verified`` logs a user in the way a real sign-in ends: password
(``force_login``), then a confirmed TOTP device marked as passed in the session, which is exactly
what ``django_otp.login`` stores. Tests about the sign-in itself live in tests/security/.
"""

from django_otp import DEVICE_ID_SESSION_KEY
from django_otp.plugins.otp_totp.models import TOTPDevice


def login_verified(client, user):
    client.force_login(user)
    device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
    if device is None:
        device = TOTPDevice.objects.create(user=user, name="test", confirmed=True)
    session = client.session
    session[DEVICE_ID_SESSION_KEY] = device.persistent_id
    session.save()
    return client
