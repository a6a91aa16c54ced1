# pt824 — incuballiance.fr, the Paris-Saclay incubator IncubAlliance obtains FEDER co-funding again
BODY_START = None
BODY_END = None
IA = "IncubAlliance"
RIF = "Région Ile-de-France"

RECORDS = [
    P("Philippe Moreau", [("Philippe Moreau", 1), ("Philippe Moreau", 2)],
      roles=[("directeur", IA)]),

    O(IA, "other", [(IA, i) for i in range(1, 6)]),
    O(RIF, "public_body", [RIF]),                     # administers the programme

    L("Paris-Saclay", ["Paris-Saclay"]),
    L("Ile-de-France", ["la région [Ile-de-France]", "en [Ile-de-France]"]),   # lowercase "région" (§15)

    A("720 000 euros", 720000, to=IA, by=[RIF]),      # FEDER co-funding, administered by the Région
]

# "FEDER (Fonds européen de développement régional)": a public funding programme, not an organization (§16);
# "GenesisLab": the incubator's own workshops (internal unit).
UNANNOTATED = []
