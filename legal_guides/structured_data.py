"""JSON-LD for search engines: the guide as an Article (dateModified = last legal review) and its
FAQ as an FAQPage."""

from django.utils.html import strip_tags

from home.json_ld import safe_json_ld

PUBLISHER = "Municipio del Distrito Metropolitano de Quito"


def _text(value):
    return " ".join(strip_tags(str(value)).split())


def guide_json_ld(page, url):
    """A list of JSON-LD documents (as safe strings ready for <script type="application/ld+json">)."""
    article = {
        "@context": "https://schema.org",
        "@type": "Article",
        "headline": page.title,
        "description": page.summary,
        "inLanguage": page.locale.language_code,
        "url": url,
        "mainEntityOfPage": url,
        "dateModified": page.last_reviewed.isoformat(),
        "publisher": {"@type": "GovernmentOrganization", "name": PUBLISHER},
        "author": {"@type": "Organization", "name": page.reviewed_by or PUBLISHER},
    }
    if page.first_published_at:
        article["datePublished"] = page.first_published_at.date().isoformat()
    documents = [article]
    questions = page.faq_items
    if questions:
        documents.append(
            {
                "@context": "https://schema.org",
                "@type": "FAQPage",
                "inLanguage": page.locale.language_code,
                "mainEntity": [
                    {
                        "@type": "Question",
                        "name": question["question"],
                        "acceptedAnswer": {"@type": "Answer", "text": _text(question["answer"])},
                    }
                    for question in questions
                ],
            }
        )
    return [safe_json_ld(document) for document in documents]
