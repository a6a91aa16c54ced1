# pt261: Actu-Environnement, 17th FUI call: 65 projects, four co-labelled by Tenerrdis.
BODY_START = None
BODY_END = None

RECORDS = [
    O("Tenerrdis", "association", ["Tenerrdis", "Tennerdis"], aliases=["Tennerdis"]),
    O("GDF Suez", "company", ["GDF Suez"]),
    O("Somfy", "company", ["Somfy"]),
    O("Solaire 2G", "company", ["Solaire 2G"]),
    O("Machines Dubuit", "company", ["Machines Dubuit"]),
    O("Advancity", "association", ["Advancity"]),
    O("Capenergies", "association", ["Capenergies"]),
    O("Derbi", "association", ["Derbi"]),
    O("Systematic", "association", ["Systematic"]),
    O("Arve Industrie", "association", ["Arve Industrie"]),

    A("50 M€", 50000000),   # State aid: "l'Etat" is no organization record
    A("39 M€", 39000000),
    A("14 M€", 14000000),
    A("5.5 M€", 5500000),   # "par l'Etat et les collectivités": no organization record

    D("26 mai", "XXXX-05-26"),
]
UNANNOTATED = []
