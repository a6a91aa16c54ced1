# pt357 — region-aura.latribune.fr, Auvergne-Rhône-Alpes, French Tech Scale Up Excellence programme (2021)
BODY_START = None
BODY_END = None
# "le comité French Tech": a committee (internal body). "Scale Up Excellence", "French Tech Central": programmes.

FTOL = "French Tech One Lyon Saint-Etienne"

RECORDS = [
    P("Tiffany Vaquié", ["Tiffany Vaquié"],
      roles=[(None, FTOL)]),   # "Tiffany Vaquié, à French Tech One Lyon Saint-Etienne"

    O("French Tech Lille", "other", ["French Tech Lille"]),
    O("French Tech Méditerrannée", "other", ["French Tech Méditerrannée"]),
    O(FTOL, "other", ["French Tech One Lyon/Saint-Etienne", FTOL],
      aliases=["French Tech One Lyon/Saint-Etienne"]),
    O("French Tech Toulouse", "other", ["French Tech Toulouse"]),

    L("Montpellier", ["Montpellier"]),

    A("500.000 euros", 500000, qualifier="over"),
    A("un million d'euros", 1000000, qualifier="over"),

    D("cette année", None, relative=True),
    D("quatrième trimestre 2021", "2021-Q4"),
]

UNANNOTATED = []
