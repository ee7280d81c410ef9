"""Staff roles: the groups, their permissions and the partner-event moderation workflow.

This is production set-up, not demo content: `python manage.py setup_roles` applies it to any
database (an empty one included) and creates no users and no pages. `seed_demo` calls it too.

The roles are data (`ROLES`, `WORKFLOWS` below); the README's "Roles" table describes the same
thing for people. Applying them only ever *adds*: running it twice changes nothing, and a
permission an administrator gave a group in the admin is never taken away.

Page permissions are granted on the section pages, found by their page type in every language
(for example every `CourseIndexPage`). On a database without those pages yet, they are skipped:
run `setup_roles` again after creating the section pages. The root-page permissions of Editors and
Moderators are the ones Wagtail's own migrations give those two groups (the page tree's root
always exists).

Wagtail's page permissions reach every page below the one they are granted on, with no way to
take one away below. `PUBLISH_ONLY_WHERE_GRANTED` closes that for legal guides: on a guide (and
the guides index) "publish" counts only when it was granted on the guides index or a guide itself,
that is by the Legal reviewers' role. The Moderators' "publish" on the root, which reaches every
page, stops above the guides (`register_publish_rules`, from home/wagtail_hooks.py).
"""

from dataclasses import dataclass, field

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType
from django.db import transaction

from wagtail.models import (
    Collection,
    GroupApprovalTask,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
    Workflow,
    WorkflowContentType,
    WorkflowPage,
    WorkflowTask,
)
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import register_permission_policy

ROOT = "root"  # page_permissions key: the page tree's root (so every page)
CRUD = ("add", "change", "delete", "view")


def _model(app_label, model, actions=CRUD):
    return tuple(f"{app_label}.{action}_{model}" for action in actions)


@dataclass(frozen=True)
class Role:
    name: str
    description: str
    # "app_label.codename"
    permissions: tuple[str, ...]
    # page type ("app_label.ModelName", or ROOT) → Wagtail page permission types
    page_permissions: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # "app_label.codename" granted on the root collection (images, documents)
    collection_permissions: tuple[str, ...] = ()


@dataclass(frozen=True)
class ModerationWorkflow:
    name: str
    task_name: str
    approver_groups: tuple[str, ...]
    page_types: tuple[str, ...]  # the workflow is assigned to every page of these types
    # snippet models ("app_label.ModelName") whose changes go through the workflow
    snippet_models: tuple[str, ...] = ()


ADMIN = ("wagtailadmin.access_admin",)
MEDIA = _model("wagtailimages", "image", ("add", "change", "choose", "delete")) + _model(
    "wagtaildocs", "document", ("add", "change", "choose", "delete")
)
MEDIA_IN_ROOT_COLLECTION = _model("wagtailimages", "image", ("add", "change", "choose")) + _model(
    "wagtaildocs", "document", ("add", "change", "choose")
)
TRANSLATE = ("wagtail_localize.submit_translation",)
# The Plan's monitoring (results app): indicators, their measurements and the roadmap. The impact
# report shows only aggregate counts with small groups suppressed: no personal data.
RESULTS = (
    *_model("results", "indicator"),
    *_model("results", "measurement"),
    *_model("results", "milestone"),
)
IMPACT_REPORT = ("results.view_impact_report",)
# Snippets visitors see have drafts (home.models.DraftSnippetMixin): publishing them and taking
# over another editor's lock are permissions of their own.
DRAFTS = ("publish", "lock", "unlock")

# Editors and Moderators run the site's content: snippets, settings, search promotions,
# redirects and the editorial reports. No personal data (enrolments, Tu voz messages).
EDITORIAL = (
    *ADMIN,
    *MEDIA,
    *TRANSLATE,
    *_model("home", "topic"),
    *_model("home", "urgentnotice"),
    *_model("home", "contactdetails"),
    *_model("home", "topic", DRAFTS),
    *_model("home", "urgentnotice", DRAFTS),
    *_model("home", "contactdetails", DRAFTS),
    "home.change_sitesettings",
    *_model("wagtailsearchpromotions", "searchpromotion"),
    *_model("wagtailredirects", "redirect"),
    # choosers in guides and events pick services and partner organisations
    "community.view_serviceprovider",
    "community.view_partnerorganisation",
    # reports
    "search.view_zeroresultquery",
    "legal_guides.view_guidefeedback",
    "legal_guides.delete_guidefeedback",
    *IMPACT_REPORT,
)

# Staff who refer people to the directory's providers and follow the outcome (referrals app).
REFER = _model("referrals", "referral", ("add", "change", "view"))

ROLES = [
    Role(
        name="Editors",
        description="Communications staff: write and edit any page (publishing goes through the "
        "Moderators' approval), snippets, site settings, search promotions, redirects and reports.",
        permissions=EDITORIAL,
        page_permissions={ROOT: ("add", "change")},
        collection_permissions=MEDIA_IN_ROOT_COLLECTION,
    ),
    Role(
        name="Moderators",
        description="Editors who also publish, lock and unlock any page but the legal guides "
        "(Legal reviewers publish those), and approve the default 'Moderators approval' workflow.",
        permissions=EDITORIAL,
        page_permissions={ROOT: ("add", "change", "lock", "publish", "unlock")},
        collection_permissions=MEDIA_IN_ROOT_COLLECTION,
    ),
    Role(
        name="Community editors",
        description="The community section (space, events, services directory, Tu voz, plan), "
        "its snippets, the Tu voz triage (personal data: two-factor login), and approval of "
        "partners' events.",
        permissions=(
            *ADMIN,
            *TRANSLATE,
            *_model("community", "partnerorganisation"),
            *_model("community", "serviceprovider"),
            *_model("community", "feedbackresponse"),
            *_model("community", "planobjective"),
            *_model("community", "planaction"),
            *_model("community", "feedback", ("change", "delete", "view")),
            *RESULTS,
            *IMPACT_REPORT,
            *REFER,
            *_model("community", "partnerorganisation", DRAFTS),
            *_model("community", "serviceprovider", DRAFTS),
            *_model("community", "feedbackresponse", DRAFTS),
            *_model("community", "planobjective", DRAFTS),
            *_model("community", "planaction", DRAFTS),
        ),
        page_permissions={
            "community.CommunitySpacePage": ("add", "change", "publish"),
            "community.ServiceDirectoryPage": ("add", "change", "publish"),
            "community.FeedbackPage": ("add", "change", "publish"),
        },
    ),
    Role(
        name="Partners",
        description="Partner organisations: add events under the events page and edit their own; "
        "never publish (the partner-event moderation workflow sends them to Community editors).",
        permissions=(
            *ADMIN,
            *TRANSLATE,
            "community.view_partnerorganisation",
            # only their own organisation's profile and directory entries (community/permissions.py);
            # their changes wait for a Community editor's approval (never "publish")
            "community.change_partnerorganisation",
            *_model("community", "serviceprovider", ("change", "view")),
        ),
        page_permissions={"community.EventIndexPage": ("add",)},
    ),
    Role(
        name="Legal reviewers",
        description="Lawyers of the Human Mobility Unit: edit legal guides and approve or send "
        "back the 'Legal review' workflow, the only way a guide is published (which records the "
        "review dates); the guides' feedback report; a weekly digest of guides due for review.",
        permissions=(*ADMIN, *TRANSLATE, "legal_guides.view_guidefeedback"),
        page_permissions={"legal_guides.LegalGuideIndexPage": ("add", "change", "publish")},
    ),
    Role(
        name="Course coordinators",
        description="The courses section and its enrolments: lists, rosters, seats, exports and "
        "erasure (personal data: two-factor login).",
        permissions=(
            *ADMIN,
            *_model("courses", "enrolment", ("change", "delete", "view")),
            *REFER,
            *IMPACT_REPORT,
        ),
        page_permissions={"courses.CourseIndexPage": ("add", "change", "publish")},
    ),
    Role(
        name="Legal advisers",
        description="The city's legal advice service: the queue of requests from the 'Ask for "
        "legal advice' form (statuses, appointments, notes, export and erasure; personal data: "
        "two-factor login), the legal advice page, and referrals to the directory's providers.",
        permissions=(
            *ADMIN,
            *_model("legal_advice", "advicerequest", ("change", "delete", "view")),
            *REFER,
            "community.view_serviceprovider",
            "community.view_partnerorganisation",
        ),
        page_permissions={"legal_advice.LegalAdvicePage": ("change", "publish")},
    ),
]

WORKFLOWS = [
    ModerationWorkflow(
        name="Moderación de eventos de socios",
        task_name="Aprobación por Community editors",
        approver_groups=("Community editors",),
        page_types=("community.EventIndexPage",),
    ),
    ModerationWorkflow(
        name="Moderación de cambios de socios",
        task_name="Aprobación por Community editors",
        approver_groups=("Community editors",),
        page_types=(),
        snippet_models=("community.ServiceProvider", "community.PartnerOrganisation"),
    ),
    ModerationWorkflow(
        name="Revisión legal",
        task_name="Aprobación por Legal reviewers",
        approver_groups=("Legal reviewers",),
        page_types=("legal_guides.LegalGuideIndexPage",),
    ),
]

GROUP_NAMES = [role.name for role in ROLES]

# page type → the page types a "publish" grant must be made on to count for it (see the module
# docstring): legal guides are published only by those given "publish" on the guides index.
GUIDE_PAGES = ("legal_guides.LegalGuideIndexPage", "legal_guides.LegalGuidePage")
PUBLISH_ONLY_WHERE_GRANTED = {page_type: GUIDE_PAGES for page_type in GUIDE_PAGES}


class PublishOnlyWhereGrantedPolicy(PagePermissionPolicy):
    """Wagtail's page permissions, less the "publish" grants made on pages other than `granted_on`
    (page types). Used by `page.permissions_for_user(user)` for the page types it is registered
    for, so `can_publish()` and every admin view that asks it agree."""

    def __init__(self, granted_on):
        super().__init__()
        self.granted_on = granted_on

    def get_cached_permissions_for_user(self, user):
        allowed = {
            ContentType.objects.get_for_model(apps.get_model(label)).pk for label in self.granted_on
        }
        return [
            grant
            for grant in super().get_cached_permissions_for_user(user)
            if grant.permission.codename != "publish_page" or grant.page.content_type_id in allowed
        ]


def register_publish_rules():
    for page_type, granted_on in PUBLISH_ONLY_WHERE_GRANTED.items():
        register_permission_policy(
            apps.get_model(page_type), PublishOnlyWhereGrantedPolicy(granted_on), exact_class=True
        )


def _all_permissions():
    """Every permission by its label ("app_label.codename"), in one query."""
    return {
        f"{permission.content_type.app_label}.{permission.codename}": permission
        for permission in Permission.objects.select_related("content_type")
    }


def _permission(permissions, label):
    try:
        return permissions[label]
    except KeyError:
        raise LookupError(
            f"Permission {label} does not exist: run `migrate` first (it creates permissions)."
        ) from None


def _pages(page_type):
    if page_type == ROOT:
        root = Page.get_first_root_node()
        return [root] if root else []
    model = apps.get_model(page_type)
    return list(Page.objects.type(model).order_by("path"))


@transaction.atomic
def setup_roles(log=None):
    """Create or complete every role and workflow. Returns the list of changes made."""
    changes = []

    def note(message):
        changes.append(message)
        if log:
            log(message)

    root_collection = Collection.get_first_root_node() or Collection.add_root(name="Root")
    permissions = _all_permissions()
    for role in ROLES:
        group, created = Group.objects.get_or_create(name=role.name)
        if created:
            note(f"{role.name}: group created")
        wanted = {_permission(permissions, label) for label in role.permissions}
        missing = wanted - set(group.permissions.all())
        if missing:
            group.permissions.add(*missing)
            note(f"{role.name}: {len(missing)} permissions added")

        granted_on_pages = set(
            GroupPagePermission.objects.filter(group=group).values_list("page_id", "permission_id")
        )
        for page_type, permission_types in role.page_permissions.items():
            for page in _pages(page_type):
                for permission_type in permission_types:
                    permission = _permission(permissions, f"wagtailcore.{permission_type}_page")
                    if (page.pk, permission.pk) not in granted_on_pages:
                        GroupPagePermission.objects.create(
                            group=group, page=page, permission=permission
                        )
                        granted_on_pages.add((page.pk, permission.pk))
                        note(f"{role.name}: {permission_type} on page {page.url_path!r}")

        for label in role.collection_permissions:
            _, created = GroupCollectionPermission.objects.get_or_create(
                group=group, collection=root_collection, permission=_permission(permissions, label)
            )
            if created:
                note(f"{role.name}: {label} in the root collection")

    for spec in WORKFLOWS:
        _setup_workflow(spec, note)
    return changes


def _setup_workflow(spec, note):
    workflow, created = Workflow.objects.get_or_create(name=spec.name)
    if created:
        note(f"workflow {spec.name!r} created")
    task = GroupApprovalTask.objects.filter(name=spec.task_name).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=spec.task_name)
        note(f"task {spec.task_name!r} created")
    approvers = set(Group.objects.filter(name__in=spec.approver_groups)) - set(task.groups.all())
    if approvers:
        task.groups.add(*approvers)
        note(f"task {spec.task_name!r}: approved by {', '.join(sorted(g.name for g in approvers))}")
    if not WorkflowTask.objects.filter(workflow=workflow, task=task.task_ptr).exists():
        WorkflowTask.objects.create(
            workflow=workflow, task=task.task_ptr, sort_order=workflow.workflow_tasks.count()
        )
        note(f"workflow {spec.name!r}: task {spec.task_name!r} added")
    for page_type in spec.page_types:
        for page in _pages(page_type):
            # A page already given a workflow (by an administrator) keeps it.
            if not WorkflowPage.objects.filter(page=page).exists():
                WorkflowPage.objects.create(page=page, workflow=workflow)
                note(f"workflow {spec.name!r} assigned to page {page.url_path!r}")
    for label in spec.snippet_models:
        content_type = ContentType.objects.get_for_model(apps.get_model(label))
        # A snippet model already given a workflow (by an administrator) keeps it.
        if not WorkflowContentType.objects.filter(content_type=content_type).exists():
            WorkflowContentType.objects.create(content_type=content_type, workflow=workflow)
            note(f"workflow {spec.name!r} assigned to {label}")
