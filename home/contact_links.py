"""Links that open the phone's dialler or WhatsApp, shared by the footer, guides and directory."""


def tel_href(number):
    """`tel:` link keeping only digits and a leading plus: '+593 2 398 9000' → 'tel:+59323989000'."""
    return "tel:" + "".join(ch for ch in str(number or "") if ch.isdigit() or ch == "+")


def whatsapp_url(number):
    """wa.me chat link for an international number, or '' when there is none."""
    digits = "".join(ch for ch in str(number or "") if ch.isdigit())
    return f"https://wa.me/{digits}" if digits else ""
