BODY_START = None
BODY_END = None
# "La Région" is generic (no record); EyeCROPS is a product/project; FEDER a fund programme.

RM = "Rennes métropole"
RECORDS = [
    O(RM, "public_body", [RM]),
    O("Talendi", "association", ["Talendi"]),
    O("Bretagne Ateliers", "association", ["Bretagne Ateliers"]),   # its former name ("ex-")
    O("Stellantis", "company", ["Stellantis"]),
    O("Thales", "company", ["Thales"]),
    O("Poool", "other", ["le [Poool]"]),
    O("Saint-Kerber", "company", ["parcs [Saint-Kerber]"]),
    O("Photon Lines", "company", ["Photon Lines"]),
    O("VFI Systems", "company", ["VFI Systems"]),
    O("Photonics Bretagne", "company", ["Photonics Bretagne"]),

    L("Noyal-Chatillon-sur-Seiche", ["Noyal-Chatillon-sur-Seiche"]),
    L("Etrelles", ["Etrelles"]),
    L("Rennes", ["Poool ([Rennes])"]),
    L("Cancale", ["Cancale"]),
    L("Pacé", ["Pacé"]),
    L("Lannion", [("Lannion", 1), ("Lannion", 2)]),

    A("250 000 €", 250000, to="Talendi", by=[RM]),   # "La Région et Rennes métropole débloquent chacune"
    A("150 000 €", 150000, to="Thales"),
    A("80 000 €", 80000, to="Poool"),
    A("14 000 €", 14000, to="Saint-Kerber"),
    A("253 000 €", 253000),
    A("190 000 €", 190000),
]

UNANNOTATED = []
