# pt739 — banquedesterritoires.fr, the creative-industries cluster Le Damier (Clermont-Ferrand) and its incubator
BODY_START = None
BODY_END = None
LD = "Le Damier"

RECORDS = [
    L("Clermont-Ferrand", ["Clermont-Ferrand"]),
    O(LD, "association", ["au [Damier]", (LD, 1), "directrice du [Damier]", (LD, 2)]),
    D("en [2028]", "2028"),
    D("en [2011]", "2011"),
    D("En [2020]", "2020"),
    O("Hub-IC", "other", ["Hub-IC"]),                  # the cluster's incubator
    D("octobre 2022", "2022-10"),
    P("Nathalie Miel", ["Nathalie Miel"], roles=[("Miel, [directrice]", LD), ("sa [directrice]", LD)]),
    O("DATAR", "public_body", ["DATAR"]),
    D("en [2014]", "2014"),
    M("près de [70 adhérents]", LD, 70, "adhérents", "about"),
    O("Clermont Auvergne Métropole", "public_body", ["Clermont Auvergne Métropole"]),
    # "Pôle Territorial de Coopération Économique (PTCE)": a status the cluster obtained, not an organization
]
UNANNOTATED = []
