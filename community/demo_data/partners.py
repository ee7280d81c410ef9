# key: (website, email, phone, topic slugs, {language: (name, description)})
PARTNERS = {
    "fudela": (
        "https://www.fudela.org",
        "info@fudela.org",
        "+593 2 255 0000",
        ["trabajo", "educacion"],
        {
            "es": (
                "FUDELA",
                "Fundación que acompaña a jóvenes y familias en movilidad con deporte, formación y empleo.",
            ),
            "en": (
                "FUDELA",
                "A foundation supporting young people and families on the move through sport, training and jobs.",
            ),
            "fr": (
                "FUDELA",
                "Une fondation qui accompagne les jeunes et les familles en mobilité par le sport, la formation et l'emploi.",
            ),
            "ht": (
                "FUDELA",
                "Yon fondasyon ki akonpaye jèn ak fanmi k ap deplase ak espò, fòmasyon ak travay.",
            ),
        },
    ),
    "acnur": (
        "https://www.acnur.org/ecuador",
        "ecuqu@unhcr.org",
        "+593 2 246 0330",
        ["asilo", "visas"],
        {
            "es": (
                "ACNUR Ecuador",
                "La Agencia de la ONU para los Refugiados: protección, asilo y soluciones.",
            ),
            "en": ("UNHCR Ecuador", "The UN Refugee Agency: protection, asylum and solutions."),
            "fr": (
                "HCR Équateur",
                "L'Agence des Nations unies pour les réfugiés : protection, asile et solutions.",
            ),
            "ht": (
                "UNHCR Ekwatè",
                "Ajans Nasyonzini pou Refijye yo: pwoteksyon, azil ak solisyon.",
            ),
        },
    ),
    "hias": (
        "https://hias.org/where/ecuador/",
        "ecuador@hias.org",
        "+593 2 600 0000",
        ["salud", "trabajo"],
        {
            "es": (
                "HIAS Ecuador",
                "Apoyo psicosocial, medios de vida y protección para personas refugiadas.",
            ),
            "en": (
                "HIAS Ecuador",
                "Psychosocial support, livelihoods and protection for refugees.",
            ),
            "fr": (
                "HIAS Équateur",
                "Soutien psychosocial, moyens de subsistance et protection pour les personnes réfugiées.",
            ),
            "ht": (
                "HIAS Ekwatè",
                "Sipò sikososyal, mwayen pou viv ak pwoteksyon pou moun ki refijye.",
            ),
        },
    ),
    "tejiendo": (
        "",
        "tejiendoredes@example.org",
        "+593 99 111 2233",
        ["discriminacion", "salud"],
        {
            "es": (
                "Tejiendo Redes",
                "Colectivo de mujeres migrantes que organiza círculos de apoyo en el Centro Histórico.",
            ),
            "en": (
                "Tejiendo Redes",
                "A collective of migrant women running support circles in the Historic Centre.",
            ),
            "fr": (
                "Tejiendo Redes",
                "Un collectif de femmes migrantes qui anime des cercles de soutien dans le centre historique.",
            ),
            "ht": (
                "Tejiendo Redes",
                "Yon kolektif fanm imigre k ap òganize sèk sipò nan Sant Istorik la.",
            ),
        },
    ),
}
