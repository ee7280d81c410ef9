"""Demo guides written in Spanish only (not translated yet: other languages fall back to them).

Their practical content is generic, so every one of them carries the "sample content" flag.
"""

import datetime

from .common import (
    community_space,
    constitution,
    ministry,
    mobility_law,
    mobility_regulation,
    ombudsman,
)


def _steps(steps):
    return {"heading": "", "steps": [{"title": title, "text": text} for title, text in steps]}


def _checklist(items, note=""):
    return {"heading": "", "items": [{"document": a, "note": b} for a, b in items], "note": note}


def _faq(questions):
    return {"heading": "", "questions": [{"question": q, "answer": a} for q, a in questions]}


GUIDES = [
    {
        "topics": ["visas"],
        "last_reviewed": datetime.date(2026, 6, 1),
        "next_review_due": datetime.date(2026, 12, 10),
        "title": "Regularizar tu situación migratoria",
        "slug": "visas-y-regularizacion",
        "summary": "Tener una visa te permite trabajar con contrato, abrir una cuenta y hacer trámites con más "
        "facilidad. Hay varios tipos de visa: pide orientación gratuita para saber cuál te corresponde.",
        "audience": "Personas extranjeras que viven en Ecuador y quieren tener o renovar una visa.",
        "body": [
            {
                "type": "paragraph",
                "value": "<p>La Constitución reconoce el derecho a migrar y dice que ningún ser humano será considerado ilegal por su condición migratoria. La Ley Orgánica de Movilidad Humana y su reglamento regulan las visas y la residencia.</p>",
            },
            {
                "type": "steps",
                "value": _steps(
                    [
                        (
                            "Pide orientación",
                            "<p>Los requisitos y los costos cambian según el tipo de visa. Pregunta en el Espacio Comunitario o en una organización de ayuda cuál es tu caso.</p>",
                        ),
                        (
                            "Reúne tus documentos",
                            "<p>Te dirán qué documentos necesitas para tu tipo de visa. Empieza por los que ya tienes.</p>",
                        ),
                        (
                            "Presenta la solicitud",
                            "<p>La solicitud se presenta ante el Ministerio de Relaciones Exteriores y Movilidad Humana. Usa solo sus canales oficiales.</p>",
                        ),
                    ]
                ),
            },
            {
                "type": "checklist",
                "value": _checklist(
                    [
                        ("Pasaporte o documento de identidad", "Si lo tienes."),
                        (
                            "Los documentos que pida tu tipo de visa",
                            "Te ayudamos a preparar la lista.",
                        ),
                    ],
                    "Los requisitos cambian: confirma siempre en los canales oficiales.",
                ),
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "Cuidado con los tramitadores",
                    "text": "<p>No entregues dinero ni documentos a personas que prometen visas rápidas. Usa solo los canales oficiales y pide orientación gratuita.</p>",
                },
            },
            {
                "type": "faq",
                "value": _faq(
                    [
                        (
                            "¿Puedo pedir orientación aunque no tenga papeles?",
                            "<p>Sí. La orientación en el Espacio Comunitario es gratuita y no te preguntamos por tu situación migratoria.</p>",
                        ),
                    ]
                ),
            },
            {
                "type": "where_to_get_help",
                "value": {"heading": "", "organisations": [community_space("es"), ministry("es")]},
            },
        ],
        "legal_basis": [
            constitution("es", 40, "Reconoce el derecho a migrar."),
            mobility_law(
                "es", "Regula las visas, la residencia y los derechos de las personas extranjeras."
            ),
            mobility_regulation("es", "Desarrolla los procedimientos de la ley."),
        ],
    },
    {
        "topics": ["trabajo"],
        "last_reviewed": datetime.date(2026, 9, 20),
        "next_review_due": datetime.date(2027, 3, 20),
        "title": "Tus derechos en el trabajo",
        "slug": "derechos-laborales",
        "summary": "Si trabajas en Ecuador tienes derechos, también si eres extranjera o extranjero. Guarda "
        "pruebas de tu trabajo y pide ayuda gratuita si no te pagan o te tratan mal.",
        "audience": "Personas migrantes que trabajan o buscan trabajo en Quito.",
        "body": [
            {
                "type": "paragraph",
                "value": "<p>La Constitución reconoce a todas las personas el derecho a una vida digna, que incluye el trabajo y la seguridad social, y dice que las personas extranjeras tienen los mismos derechos y deberes que las ecuatorianas.</p>",
            },
            {
                "type": "steps",
                "value": _steps(
                    [
                        (
                            "Guarda pruebas de tu trabajo",
                            "<p>Anota tus horarios y lo que te pagan. Guarda mensajes, fotos del lugar y los datos de compañeros.</p>",
                        ),
                        (
                            "Pide lo que te deben por escrito",
                            "<p>Si no te pagan, pide tu pago por mensaje o por escrito y guarda la respuesta.</p>",
                        ),
                        (
                            "Busca asesoría gratuita",
                            "<p>En el Espacio Comunitario te orientamos sobre dónde presentar un reclamo.</p>",
                        ),
                    ]
                ),
            },
            {
                "type": "checklist",
                "value": _checklist(
                    [
                        ("Mensajes con tu empleador", "Capturas de pantalla."),
                        ("Tus horarios y pagos anotados", "Aunque sea a mano."),
                    ]
                ),
            },
            {
                "type": "callout",
                "value": {
                    "kind": "info",
                    "title": "",
                    "text": "<p>Tu situación migratoria no le da a nadie derecho a no pagarte por un trabajo que ya hiciste.</p>",
                },
            },
            {
                "type": "where_to_get_help",
                "value": {"heading": "", "organisations": [community_space("es")]},
            },
        ],
        "legal_basis": [
            constitution(
                "es", 66, "Numeral 2: vida digna, que incluye trabajo, empleo y seguridad social."
            ),
            constitution(
                "es",
                9,
                "Las personas extranjeras tienen los mismos derechos y deberes que las ecuatorianas.",
            ),
        ],
    },
    {
        "topics": ["educacion"],
        "last_reviewed": datetime.date(2026, 8, 15),
        "next_review_due": datetime.date(2027, 2, 15),
        "title": "Matricular a tus hijos en la escuela",
        "slug": "matricula-escolar",
        "summary": "Tus hijas e hijos pueden estudiar en una escuela pública aunque la familia no tenga "
        "todos los papeles. Pide un cupo y, si te lo niegan, busca ayuda.",
        "audience": "Madres, padres y personas que cuidan a niñas, niños y adolescentes migrantes.",
        "body": [
            {
                "type": "paragraph",
                "value": "<p>La Constitución reconoce a todas las personas el derecho a una vida digna, que incluye la educación, y a la igualdad y no discriminación.</p>",
            },
            {
                "type": "steps",
                "value": _steps(
                    [
                        (
                            "Pregunta por los períodos de matrícula",
                            "<p>Pregunta en la escuela más cercana o en el Espacio Comunitario cuándo y cómo se piden los cupos.</p>",
                        ),
                        (
                            "Pide el cupo",
                            "<p>Lleva los documentos que tengas. Si faltan papeles, pregunta cómo continuar: la falta de documentos no debe impedir que tus hijos estudien.</p>",
                        ),
                    ]
                ),
            },
            {
                "type": "checklist",
                "value": _checklist(
                    [
                        ("Documento de identidad de la niña o el niño", "Si lo tiene."),
                        (
                            "Certificados de estudios anteriores",
                            "Si los tienes; si no, pregunta cómo ubicarlo en su grado.",
                        ),
                    ]
                ),
            },
            {
                "type": "callout",
                "value": {
                    "kind": "free",
                    "title": "",
                    "text": "<p>La matrícula en la escuela pública no se paga a intermediarios.</p>",
                },
            },
            {
                "type": "where_to_get_help",
                "value": {"heading": "", "organisations": [community_space("es"), ombudsman("es")]},
            },
        ],
        "legal_basis": [
            constitution(
                "es",
                66,
                "Numeral 2: vida digna, que incluye la educación. Numeral 4: igualdad y no discriminación.",
            ),
        ],
    },
    {
        "topics": ["vivienda"],
        "last_reviewed": datetime.date(2026, 2, 1),
        "next_review_due": datetime.date(2026, 8, 1),
        "title": "Alquilar una vivienda con seguridad",
        "slug": "alquilar-vivienda",
        "summary": "Antes de pagar un arriendo, visita la vivienda, pide un recibo por cada pago y pon los "
        "acuerdos por escrito. Si te discriminan por ser migrante, busca ayuda.",
        "audience": "Personas que buscan dónde vivir en Quito.",
        "body": [
            {
                "type": "steps",
                "value": _steps(
                    [
                        (
                            "Visita antes de pagar",
                            "<p>No pagues una garantía por una vivienda que no has visto.</p>",
                        ),
                        (
                            "Pon los acuerdos por escrito",
                            "<p>Anota el valor del arriendo, qué incluye, la garantía y cómo se devuelve.</p>",
                        ),
                        (
                            "Pide recibo de cada pago",
                            "<p>Guarda todos los recibos o las capturas de las transferencias.</p>",
                        ),
                    ]
                ),
            },
            {
                "type": "callout",
                "value": {
                    "kind": "warning",
                    "title": "",
                    "text": "<p>Desconfía de anuncios con precios muy bajos que piden dinero por adelantado.</p>",
                },
            },
            {
                "type": "faq",
                "value": _faq(
                    [
                        (
                            "¿Me pueden negar un arriendo por ser extranjero?",
                            "<p>La Constitución reconoce el derecho a la igualdad y a la no discriminación. Si te pasa, cuéntalo en el Espacio Comunitario.</p>",
                        ),
                    ]
                ),
            },
            {
                "type": "where_to_get_help",
                "value": {"heading": "", "organisations": [community_space("es")]},
            },
        ],
        "legal_basis": [
            constitution(
                "es",
                66,
                "Numeral 2: vida digna, que incluye la vivienda. Numeral 4: igualdad y no discriminación.",
            ),
        ],
    },
]
