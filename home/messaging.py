"""Messages to phones (SMS and WhatsApp), chosen by settings like Django's email backends.

`get_backend(channel)` returns the backend for "sms" or "whatsapp", or None when that channel is
not configured (each is off until its settings are set):

- `MESSAGE_BACKEND = "console"`: every phone message is printed (development);
- `MESSAGE_BACKEND = "locmem"`: messages are kept in `outbox` (tests); nothing leaves the process;
- otherwise SMS goes to an HTTP gateway (`SMS_GATEWAY_URL`, `SMS_GATEWAY_TOKEN`) and WhatsApp to the
  WhatsApp Business Cloud API (`WHATSAPP_TOKEN`, `WHATSAPP_PHONE_NUMBER_ID`, `WHATSAPP_API_URL`),
  both over plain HTTPS with the standard library.

A backend's `send(phone, text)` raises `MessageError` (or any exception) when the message did not
go out; the task layer records the attempt and retries. Nothing here logs the phone or the text.
"""

import json
import sys
import urllib.error
import urllib.request

from django.conf import settings
from django.utils.module_loading import import_string

# What the locmem backend sent: a list of Message, emptied by the tests (like mail.outbox).
outbox = []


class MessageError(Exception):
    """The gateway refused the message or could not be reached."""


class Message:
    def __init__(self, channel, to, text):
        self.channel, self.to, self.text = channel, to, text

    def __repr__(self):
        return f"<Message {self.channel}>"  # never the number or the text


def international_number(phone):
    """Digits in international form, no "+": 099 123 4567 → 593991234567 (PHONE_COUNTRY_CODE)."""
    raw = (phone or "").strip()
    digits = "".join(ch for ch in raw if ch.isdigit())
    if raw.startswith("+") or raw.startswith("00"):
        return digits.removeprefix("00")
    if digits.startswith("0"):
        return settings.PHONE_COUNTRY_CODE + digits[1:]
    return digits


class BaseBackend:
    def __init__(self, channel):
        self.channel = channel

    def send(self, phone, text):
        raise NotImplementedError


class ConsoleBackend(BaseBackend):
    def send(self, phone, text):
        stream = sys.stdout
        stream.write(f"--- {self.channel} to {international_number(phone)} ---\n{text}\n")
        stream.flush()


class LocMemBackend(BaseBackend):
    def send(self, phone, text):
        outbox.append(Message(self.channel, international_number(phone), text))


def post_json(url, payload, token):
    """POST JSON with a bearer token; MessageError on anything but a 2xx answer."""
    request = urllib.request.Request(  # noqa: S310 - the URL comes from the settings, not users
        url,
        data=json.dumps(payload).encode(),
        headers={"Content-Type": "application/json", "Authorization": f"Bearer {token}"},
        method="POST",
    )
    try:
        with urllib.request.urlopen(  # noqa: S310
            request, timeout=settings.MESSAGE_TIMEOUT_SECONDS
        ) as response:
            body = response.read(65536)
            status = response.status
    except urllib.error.HTTPError as error:
        raise MessageError(f"HTTP {error.code}") from None
    except (urllib.error.URLError, TimeoutError, OSError) as error:
        raise MessageError(type(error).__name__) from None
    if not 200 <= status < 300:
        raise MessageError(f"HTTP {status}")
    try:
        return json.loads(body or b"{}")
    except ValueError:
        return {}


class SmsGatewayBackend(BaseBackend):
    """A generic HTTP SMS gateway: POST {"to": "593…", "text": "…"} with a bearer token."""

    def __init__(self, channel, url, token):
        super().__init__(channel)
        self.url, self.token = url, token

    def send(self, phone, text):
        post_json(self.url, {"to": international_number(phone), "text": text}, self.token)


class WhatsAppCloudBackend(BaseBackend):
    """The WhatsApp Business Cloud API: POST /{phone-number-id}/messages, a text message.

    Note: WhatsApp delivers free-form text only within 24 hours of the person's last message to
    the number; outside that window the API refuses it, the attempt is recorded and retried, and
    the person ends up on the call list if no other channel reaches them.
    """

    def __init__(self, channel, api_url, phone_number_id, token):
        super().__init__(channel)
        self.url = f"{api_url.rstrip('/')}/{phone_number_id}/messages"
        self.token = token

    def send(self, phone, text):
        answer = post_json(
            self.url,
            {
                "messaging_product": "whatsapp",
                "recipient_type": "individual",
                "to": international_number(phone),
                "type": "text",
                "text": {"preview_url": False, "body": text},
            },
            self.token,
        )
        if not answer.get("messages"):
            raise MessageError("no message id")


def get_backend(channel):
    """The backend for `channel` ("sms" or "whatsapp"), or None when it is not configured."""
    chosen = settings.MESSAGE_BACKEND
    if chosen == "console":
        return ConsoleBackend(channel)
    if chosen == "locmem":
        return LocMemBackend(channel)
    if chosen:
        return import_string(chosen)(channel)
    if channel == "sms" and settings.SMS_GATEWAY_URL and settings.SMS_GATEWAY_TOKEN:
        return SmsGatewayBackend(channel, settings.SMS_GATEWAY_URL, settings.SMS_GATEWAY_TOKEN)
    if channel == "whatsapp" and settings.WHATSAPP_TOKEN and settings.WHATSAPP_PHONE_NUMBER_ID:
        return WhatsAppCloudBackend(
            channel,
            settings.WHATSAPP_API_URL,
            settings.WHATSAPP_PHONE_NUMBER_ID,
            settings.WHATSAPP_TOKEN,
        )
    return None


def configured_channels():
    """The phone channels that can send right now, in the order they are tried."""
    return [channel for channel in ("whatsapp", "sms") if get_backend(channel) is not None]
