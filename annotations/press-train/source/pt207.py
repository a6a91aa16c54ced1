# pt207: Touléco, interview of Amélie Leclercq about Digital 113 (2019).
BODY_START = "Amélie Leclercq, où en est"  # " date 2019-06 " is a store prefix
BODY_END = None

D113 = "Digital 113"
RECORDS = [
    P("Amélie Leclercq", ["Amélie Leclercq"], roles=[(None, D113)]),  # interviewed for the cluster ("nous")
    P("Daniel Benchimol", ["Daniel Benchimol"], roles=[("co-présidents", D113)]),
    P("Pierre Deniset", ["Pierre Deniset"], roles=[("co-présidents", D113)]),

    O(D113, "association", [D113, "digital 113"]),
    O("région Occitanie", "public_body", ["région Occitanie"]),
    O("département de l’Héraut", "public_body", ["département de l’Héraut"]),

    L("Occitanie", ["en [Occitanie]"]),

    M("320 entreprises adhérentes", D113, 320, "entreprises adhérentes", "about"),
    A("1,1 million d’euros", 1100000, qualifier="about", to=D113),

    D("pour [2019]", "2019"),
    D("mercredi 26 juin", "XXXX-06-26"),
]
UNANNOTATED = []
