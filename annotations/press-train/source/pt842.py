# pt842 — voixducaillou.nc, two France 2030 calls for projects in New Caledonia (2025)
BODY_START = None
BODY_END = None
GNC = "gouvernement de la Nouvelle-Calédonie"
B = "Bpifrance"

RECORDS = [
    P("Petelo Sao", ["Petelo Sao"],
      roles=[("membre du gouvernement en charge de l’innovation technologique", GNC)]),
    P("Jérôme Bouquet", ["Jérôme Bouquet"],
      roles=[("directeur du réseau Île-de-France et Outre-mer", B)]),   # a unit of the bank (§16)

    O(B, "public_body", [(B, i) for i in range(1, 5)]),
    O(GNC, "public_body", [GNC, "entre l’État et la [Nouvelle-Calédonie]"], aliases=["Nouvelle-Calédonie"]),   # a co-funding party

    D("l’édition d’[hier]", None, relative=True),
    D("lancé [jeudi]", None, relative=True),
    A("182,4 millions de francs", 182400000, currency="XPF"),   # the programme's envelope
    D("décembre 2026", "2026-12"),
    D("l’[année dernière]", None, relative=True),
]

# "France 2030", "PIA3": programmes; "le gouvernement", "l’État": generic.
UNANNOTATED = []
