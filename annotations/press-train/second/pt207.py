# second annotation (annotator 1): interview on Digital 113 before its 2019 general assembly.
BODY_START = "Amélie Leclercq, où en est"  # " date 2019-06 " store prefix
BODY_END = None

RECORDS = [
    P("Amélie Leclercq", ["Amélie Leclercq"], roles=[(None, "Digital 113")]),  # speaks for the cluster ("nous")
    P("Daniel Benchimol", ["Daniel Benchimol"], roles=[("co-présidents", "Digital 113")]),
    P("Pierre Deniset", ["Pierre Deniset"], roles=[("co-présidents", "Digital 113")]),

    O("Digital 113", "association", ["Digital 113", "digital 113"]),
    O("région Occitanie", "public_body", ["région Occitanie"]),
    O("département de l’Héraut", "public_body", ["département de l’Héraut"]),

    L("Occitanie", [("Occitanie", 2)]),

    M("320 entreprises adhérentes", "Digital 113", 320, "entreprises adhérentes", "about"),
    A("1,1 million d’euros", 1100000, qualifier="about"),
    D("pour [2019]", "2019"),
    D("mercredi 26 juin", "XXXX-06-26"),
]
UNANNOTATED = []
