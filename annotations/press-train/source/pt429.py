# pt429 — awitec.fr, "Mercredis Connectés" show on Martinique's innovation ecosystem.
BODY_START = "Comment faire de la Martinique"
BODY_END = None

RECORDS = [
    L("Martinique", ["faire de la [Martinique] une", "en [Martinique] avec au", "en [Martinique] autour",
                     "en [Martinique] avec leurs", "en [Martinique], pour"]),
    O("Bpifrance", "public_body", ["Bpifrance", ("BPI France", 1), ("BPI France", 2)], aliases=["BPI France"]),
    D("depuis [mars]", "XXXX-03"),
    L("France", ["villes en [France]", "dates en [France]"]),
    L("Outre-mer", ["Outre-mer", "Outre-Mer", "outre-mer"]),
    P("Katleen BILAS-COPPET", ["Katleen BILAS-COPPET"]),
    P("Manuel MONDÉSIR", ["Manuel MONDÉSIR"]),
    P("Amandine NÉGOTI", ["Amandine NÉGOTI"], roles=[("[Déléguée générale]", "Martinique Digitale")]),
    O("Martinique Digitale", "other", ["Martinique Digitale"]),
    P("Ingrid CHAINE", ["Ingrid CHAINE"], roles=[("[Présidente] d’Innovation", "Innovation Outremer")]),
    O("Innovation Outremer", "other", ["Innovation Outremer"]),
    P("Harold CRICO", ["Harold CRICO"], roles=[("[Start-up Manager]", "Village by CA")]),
    O("Village by CA", "other", ["Village by CA"]),
    P("Emmanuel JOSEPH", ["Emmanuel JOSEPH"], roles=[("[Fondateur] de Lakou", "Lakou Digital")]),
    O("Lakou Digital", "other", ["Lakou Digital"]),
    L("Palais des Congrès de Madiana", ["Palais des Congrès de Madiana"]),
    P("Patrice Begay", ["Patrice Begay"], roles=[("[Directeur exécutif]", "Bpifrance")]),
]

UNANNOTATED = []
