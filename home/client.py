"""The client's address, the one rule shared by every throttle on the site.

Behind N trusted reverse proxies (``TRUSTED_PROXY_COUNT = N``), each proxy appends the address it
received the request from to ``X-Forwarded-For``. The last N entries were therefore written by our
own proxies, and the N-th entry from the right is the address of the client that talked to the
outermost proxy. Everything to the left of it was written by the client and can be forged, so it
is never used. With ``TRUSTED_PROXY_COUNT = 0`` (the default: Django faces the internet directly,
or in tests), the header is ignored and ``REMOTE_ADDR`` is the client.

Used by django-axes (``AXES_CLIENT_IP_CALLABLE``) for login lockouts, and meant for the public
forms' rate limits too. The address is only ever used to count attempts; do not log it.
"""

from django.conf import settings


def client_ip(request):
    """The client's IP address as a string, honouring ``settings.TRUSTED_PROXY_COUNT``.

    Falls back to ``REMOTE_ADDR`` when the header has fewer entries than there are trusted proxies
    (a request that did not come through all of them).
    """
    remote_addr = request.META.get("REMOTE_ADDR", "") or ""
    proxies = int(getattr(settings, "TRUSTED_PROXY_COUNT", 0) or 0)
    if proxies <= 0:
        return remote_addr
    forwarded = [part.strip() for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    forwarded = [part for part in forwarded if part]
    if len(forwarded) < proxies:
        return remote_addr
    return forwarded[-proxies]
