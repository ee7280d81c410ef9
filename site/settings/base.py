"""Settings shared by every environment. Safe for production: no secrets, DEBUG off."""

import os
from datetime import timedelta
from pathlib import Path

import django.conf.locale

import dj_database_url

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent  # repository root


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

INSTALLED_APPS = [
    "home",
    "legal_guides",
    "courses",
    "community",
    "search",
    "results",
    "legal_advice",
    "referrals",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "crispy_forms",
    "crispy_bootstrap5",
    "django_tasks",
    "django_tasks_db",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
]

MIDDLEWARE = [
    # First: serves cached anonymous pages before anything else runs, and stores finished responses
    # with every header the middleware below added (CSP, Permissions-Policy, HSTS). docs/caching.md
    "home.page_cache.PageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "quito_site.csp.SiteCSPMiddleware",  # inside the page cache: cached pages keep their headers
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "home.form_origin.SiteCsrfViewMiddleware",  # Django's CSRF; public forms on cached pages: Origin
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "home.staff_security.StaffSecurityMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes requires
]

ROOT_URLCONF = "quito_site.urls"
WSGI_APPLICATION = "quito_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# --- Languages -------------------------------------------------------------
# Django ships no entry for Haitian Creole; without it get_language_info("ht") raises KeyError.
django.conf.locale.LANG_INFO["ht"] = {
    "bidi": False,
    "code": "ht",
    "name": "Haitian Creole",
    "name_local": "Kreyòl ayisyen",
}

LANGUAGE_CODE = "es"
LANGUAGES = [
    ("es", "Español"),
    ("en", "English"),
    ("fr", "Français"),
    ("ht", "Kreyòl ayisyen"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [PROJECT_DIR / "locale"]
FORMAT_MODULE_PATH = ["quito_site.formats"]  # date formats for ht, which Django lacks
USE_I18N = True
USE_TZ = True
TIME_ZONE = "America/Guayaquil"

# --- Static and media ------------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# --- Cache -----------------------------------------------------------------
# REDIS_URL selects Django's Redis cache, shared by every process (required in production unless
# ALLOW_LOCAL_CACHE=1, see production.py). When Redis cannot be reached, pages render uncached and
# rate limits let submissions through (quito_site.redis_cache, docs/caching.md). Without it (make
# run): one process's memory.
REDIS_URL = os.environ.get("REDIS_URL", "").strip()
ALLOW_LOCAL_CACHE = env_bool("ALLOW_LOCAL_CACHE", False)
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "quito_site.redis_cache.DegradingRedisCache",
            "LOCATION": REDIS_URL,
            # An unreachable Redis must cost a fraction of a second, not hang the request.
            "OPTIONS": {
                "socket_connect_timeout": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.5")),
                "socket_timeout": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# --- Page cache ---
# Whole anonymous pages, pages with forms included (home/page_cache.py, docs/caching.md "Page
# cache"): stored in the shared cache under one site-wide content version that every publish,
# snippet, setting or seat change bumps, plus a small in-process tier checked against that version
# on every request. CACHE_MIDDLEWARE_SECONDS is how long the shared cache keeps a page (0: off).
CACHE_MIDDLEWARE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "3600"))
CACHE_MIDDLEWARE_KEY_PREFIX = "page"
# Cache-Control of anonymous pages: browsers keep them briefly, a CDN longer (purged on publish).
PAGE_CACHE_BROWSER_SECONDS = int(os.environ.get("PAGE_CACHE_BROWSER_SECONDS", "60"))
PAGE_CACHE_CDN_SECONDS = int(os.environ.get("PAGE_CACHE_CDN_SECONDS", "300"))
# Pages whose anonymous public form is checked by Origin/Referer instead of a per-visitor CSRF
# token, so that the page can be cached (home/form_origin.py). Every other POST keeps Django's CSRF.
PUBLIC_FORM_PAGE_TYPES = [
    "legal_guides.LegalGuidePage",
    "courses.CoursePage",
    "community.FeedbackPage",
    "legal_advice.LegalAdvicePage",
]
# Django's check looks for its own CsrfViewMiddleware by name; home.form_origin.SiteCsrfViewMiddleware
# is that class (subclassed) and has its own check (home.form_origin.csrf_middleware_check).
SILENCED_SYSTEM_CHECKS = ["security.W003"]

# --- Rate limits ---
# Public form submissions per client and window (home/forms.py check_rate_limit). The client is the
# address from home/client.py (TRUSTED_PROXY_COUNT), counted only as a keyed hash that changes
# daily: no IP address is stored, not even in a cache key.
ENROLMENT_RATE_LIMIT = int(os.environ.get("ENROLMENT_RATE_LIMIT", "10"))
ENROLMENT_RATE_LIMIT_WINDOW_SECONDS = int(
    os.environ.get("ENROLMENT_RATE_LIMIT_WINDOW_SECONDS", "900")
)
FEEDBACK_RATE_LIMIT = int(os.environ.get("FEEDBACK_RATE_LIMIT", "5"))  # "was this guide helpful?"
FEEDBACK_RATE_LIMIT_WINDOW_SECONDS = int(
    os.environ.get("FEEDBACK_RATE_LIMIT_WINDOW_SECONDS", "600")
)
TU_VOZ_RATE_LIMIT = int(os.environ.get("TU_VOZ_RATE_LIMIT", "5"))
TU_VOZ_RATE_LIMIT_WINDOW_SECONDS = int(os.environ.get("TU_VOZ_RATE_LIMIT_WINDOW_SECONDS", "3600"))
LEGAL_ADVICE_RATE_LIMIT = int(os.environ.get("LEGAL_ADVICE_RATE_LIMIT", "5"))
LEGAL_ADVICE_RATE_LIMIT_WINDOW_SECONDS = int(
    os.environ.get("LEGAL_ADVICE_RATE_LIMIT_WINDOW_SECONDS", "3600")
)
# Look-ups of the public certificate verification page per client (found or not), so that
# certificate numbers cannot be guessed one after another.
CERTIFICATE_VERIFY_RATE_LIMIT = int(os.environ.get("CERTIFICATE_VERIFY_RATE_LIMIT", "20"))
CERTIFICATE_VERIFY_RATE_LIMIT_WINDOW_SECONDS = int(
    os.environ.get("CERTIFICATE_VERIFY_RATE_LIMIT_WINDOW_SECONDS", "900")
)
# Enrolments per phone number and per email address on one course, in the enrolment window, from
# any connection (a shared connection cannot shut others out; one person cannot be flooded).
ENROLMENT_CONTACT_RATE_LIMIT = int(os.environ.get("ENROLMENT_CONTACT_RATE_LIMIT", "3"))
# Networks many people share (e.g. the community space's public address), comma-separated CIDRs:
# their limits are multiplied by RATE_LIMIT_EXEMPT_MULTIPLIER, never lifted.
RATE_LIMIT_EXEMPT_NETWORKS = env_list("RATE_LIMIT_EXEMPT_NETWORKS")
RATE_LIMIT_EXEMPT_MULTIPLIER = int(os.environ.get("RATE_LIMIT_EXEMPT_MULTIPLIER", "20"))

# --- Email -----------------------------------------------------------------
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "Movilidad Humana Quito <no-reply@quito.gob.ec>"
)
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Background tasks ------------------------------------------------------
TASKS = {
    "default": {
        "BACKEND": os.environ.get("TASKS_BACKEND", "django_tasks_db.DatabaseBackend"),
    }
}

# --- Wagtail ---------------------------------------------------------------
WAGTAIL_SITE_NAME = "Quito · Movilidad Humana"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAIL_ENABLE_UPDATE_CHECK = False  # no requests to releases.wagtail.org
WAGTAIL_GRAVATAR_PROVIDER_URL = None  # no requests to gravatar
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["pdf", "docx", "odt", "txt", "mp3", "opus", "ogg", "m4a"]  # audio: guides
WAGTAIL_MODERATION_ENABLED = True
WAGTAIL_WORKFLOW_ENABLED = True
# Legal review (legal_guides/review.py): an approved guide records its review (today, the
# reviewers' role, the next review date) on the approved revision, then it is published.
WAGTAIL_FINISH_WORKFLOW_ACTION = "legal_guides.review.finish_workflow"
LEGAL_REVIEW_SIGNATURE = os.environ.get(
    "LEGAL_REVIEW_SIGNATURE", "Equipo legal, Unidad de Movilidad Humana"
).strip()


def _machine_translator():
    """wagtail-localize's machine translator from the environment; None (off) when unset.

    MACHINE_TRANSLATOR=deepl (DEEPL_AUTH_KEY), google (GOOGLE_TRANSLATE_PROJECT_ID and
    GOOGLE_APPLICATION_CREDENTIALS, a service-account JSON file), libretranslate
    (LIBRETRANSLATE_URL, LIBRETRANSLATE_API_KEY) or dummy (reverses words; tests and demos).
    Whatever a machine translates waits for a person's review before it can be published
    (home/translation_status.py).
    """
    choice = os.environ.get("MACHINE_TRANSLATOR", "").strip().lower()
    prefix = "wagtail_localize.machine_translators."
    if choice == "deepl" and os.environ.get("DEEPL_AUTH_KEY"):
        return {
            "CLASS": prefix + "deepl.DeepLTranslator",
            "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_AUTH_KEY"], "TIMEOUT": 30},
        }
    if choice == "google" and os.environ.get("GOOGLE_TRANSLATE_PROJECT_ID"):
        return {
            "CLASS": prefix + "google.GoogleCloudTranslator",
            "OPTIONS": {
                "PROJECT_ID": os.environ["GOOGLE_TRANSLATE_PROJECT_ID"],
                "CREDENTIALS_PATH": os.environ.get("GOOGLE_APPLICATION_CREDENTIALS", ""),
            },
        }
    if choice == "libretranslate" and os.environ.get("LIBRETRANSLATE_URL"):
        return {
            "CLASS": prefix + "libretranslate.LibreTranslator",
            "OPTIONS": {
                "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
                "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
                "TIMEOUT": 30,
            },
        }
    if choice == "dummy":
        return {"CLASS": prefix + "dummy.DummyTranslator"}
    return None


if _machine_translator() is not None:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = _machine_translator()

CRISPY_ALLOWED_TEMPLATE_PACKS = "bootstrap5"
CRISPY_TEMPLATE_PACK = "bootstrap5"

# --- Personal data ---------------------------------------------------------
PRIVACY_NOTICE_VERSION = os.environ.get("PRIVACY_NOTICE_VERSION", "2026-11")
ENROLMENT_RETENTION_DAYS = int(os.environ.get("ENROLMENT_RETENTION_DAYS", "365"))
# Legal advice requests: personal data erased this long after the request last changed.
LEGAL_ADVICE_RETENTION_DAYS = int(os.environ.get("LEGAL_ADVICE_RETENTION_DAYS", "365"))
# Referrals: the name and contact a referral carried are erased this long after it was made.
REFERRAL_RETENTION_DAYS = int(os.environ.get("REFERRAL_RETENTION_DAYS", "365"))

# Seat offers (courses.services): how long the first person waiting has to accept a freed seat.
# Shorter when the course starts sooner: at most half the time left before its first session.
SEAT_OFFER_HOURS = int(os.environ.get("SEAT_OFFER_HOURS", "24"))
# Messages to phones (home.messaging), like EMAIL_BACKEND: "" sends through whichever channel
# below is configured (each is off until its settings are set); "console" prints every SMS and
# WhatsApp message (development); "locmem" keeps them in memory (tests).
MESSAGE_BACKEND = os.environ.get("MESSAGE_BACKEND", "").strip()
SMS_GATEWAY_URL = os.environ.get("SMS_GATEWAY_URL", "").strip()  # POST {"to", "text"} as JSON
SMS_GATEWAY_TOKEN = os.environ.get("SMS_GATEWAY_TOKEN", "")  # sent as "Authorization: Bearer"
WHATSAPP_TOKEN = os.environ.get("WHATSAPP_TOKEN", "")  # WhatsApp Business Cloud API access token
WHATSAPP_PHONE_NUMBER_ID = os.environ.get("WHATSAPP_PHONE_NUMBER_ID", "").strip()
WHATSAPP_API_URL = os.environ.get("WHATSAPP_API_URL", "https://graph.facebook.com/v21.0").strip()
MESSAGE_TIMEOUT_SECONDS = float(os.environ.get("MESSAGE_TIMEOUT_SECONDS", "10"))
# Country code added to local numbers (099 123 4567 → 593991234567) for the gateways.
PHONE_COUNTRY_CODE = os.environ.get("PHONE_COUNTRY_CODE", "593").strip()
SESSION_COOKIE_AGE = 60 * 60 * 8  # shared phones: nothing lingers for days
SESSION_EXPIRE_AT_BROWSER_CLOSE = True

# --- Content Security Policy ---
# django-csp 4 through quito_site.csp.SiteCSPMiddleware. Public pages are cached whole and shared,
# so their policy uses no nonces: the templates carry no inline script, event handler or style.
# The one exception is the <style> of the 500 and 503 pages (they must work with nothing else),
# allowed by its hash.
_SELF, _NONE, _UNSAFE_INLINE = "'self'", "'none'", "'unsafe-inline'"
CSP_ERROR_PAGE_STYLE_HASH = "'sha256-6PQz/QZtLp+aUVEs1Q3xiTKypxSkXOTf5H+m5TJ2y0Q='"
# Origins that serve static or media files, if not this one (S3 bucket, CDN): "https://cdn.example".
CSP_ASSET_ORIGINS = env_list("CSP_ASSET_ORIGINS")
_CSP_COMMON = {
    "default-src": [_SELF],
    "img-src": [_SELF, "data:", *CSP_ASSET_ORIGINS],
    "media-src": [_SELF, *CSP_ASSET_ORIGINS],
    "font-src": [_SELF, *CSP_ASSET_ORIGINS],
    "object-src": [_NONE],
    "base-uri": [_SELF],
    "form-action": [_SELF],
}
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": [_SELF, *CSP_ASSET_ORIGINS],
        "style-src": [_SELF, CSP_ERROR_PAGE_STYLE_HASH, *CSP_ASSET_ORIGINS],
        "frame-src": [_NONE],
        "frame-ancestors": [_NONE],
        # The offline service worker (/sw.js) and the web app manifest: this site only.
        "worker-src": [_SELF],
        "manifest-src": [_SELF],
    }
}
# The Wagtail admin for signed-in staff: Wagtail's templates still write inline scripts (inline
# panels, date pickers) and styles. Its page preview is an iframe of the admin itself.
CONTENT_SECURITY_POLICY_ADMIN = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": [_SELF, _UNSAFE_INLINE, *CSP_ASSET_ORIGINS],
        "style-src": [_SELF, _UNSAFE_INLINE, *CSP_ASSET_ORIGINS],
        "img-src": [_SELF, "data:", "blob:", *CSP_ASSET_ORIGINS],
        "frame-src": [_SELF],
        "frame-ancestors": [_SELF],
    }
}
# The admin before signing in (login, password reset): no inline scripts or styles.
CONTENT_SECURITY_POLICY_ADMIN_LOGIN = {
    "DIRECTIVES": {
        **_CSP_COMMON,
        "script-src": [_SELF, *CSP_ASSET_ORIGINS],
        "style-src": [_SELF, *CSP_ASSET_ORIGINS],
        "frame-src": [_NONE],
        "frame-ancestors": [_NONE],
    }
}
# A page preview in the admin's preview panel: the public policy, inside an iframe of the admin.
CONTENT_SECURITY_POLICY_PREVIEW = {
    "DIRECTIVES": {**CONTENT_SECURITY_POLICY["DIRECTIVES"], "frame-ancestors": [_SELF]}
}
# Powerful browser features nobody on this site needs, switched off for every response.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"

LOGIN_URL = "wagtailadmin_login"
CSRF_FAILURE_VIEW = "quito_site.views.csrf_failure"

# --- Staff accounts: login throttling, two-factor, sessions ---
# Client address: with N trusted reverse proxies, the N-th X-Forwarded-For entry from the right
# (home/client.py). 0 = REMOTE_ADDR, the header is ignored.
TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0"))
# Lockout (django-axes) on every login form: the admin's and Wagtail's front-end login.
LOGIN_FAILURE_LIMIT = int(os.environ.get("LOGIN_FAILURE_LIMIT", "5"))
LOGIN_LOCKOUT_MINUTES = int(os.environ.get("LOGIN_LOCKOUT_MINUTES", "15"))
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",  # first: refuses locked-out accounts and clients
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = LOGIN_FAILURE_LIMIT
AXES_COOLOFF_TIME = timedelta(minutes=LOGIN_LOCKOUT_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]  # each on its own: per account, per client
AXES_CLIENT_IP_CALLABLE = "home.client.client_ip"
AXES_LOCKOUT_CALLABLE = "home.staff_security.lockout_response"
AXES_RESET_ON_SUCCESS = False
AXES_HTTP_RESPONSE_CODE = 429
AXES_SENSITIVE_PARAMETERS = ["username", "ip_address"]
# Two-factor (django-otp, TOTP) for staff who can see personal data.
OTP_REQUIRED_GROUPS = ["Course coordinators"]
OTP_REQUIRED_PERMISSIONS = [
    f"{app}.{action}_{model}"
    for app, model in (
        ("courses", "enrolment"),
        ("community", "feedback"),
        ("legal_advice", "advicerequest"),
        ("referrals", "referral"),
    )
    for action in ("view", "change", "delete")
]
OTP_TOTP_ISSUER = "Movilidad Humana Quito"
OTP_EXEMPT_DEMO_USERS = True  # honoured only while DEBUG is on (home/staff_security.py)
# Staff sessions end after this long without a request; visitors keep SESSION_COOKIE_AGE.
STAFF_SESSION_IDLE_MINUTES = int(os.environ.get("STAFF_SESSION_IDLE_MINUTES", "30"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}
