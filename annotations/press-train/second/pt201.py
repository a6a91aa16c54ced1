# second annotation (annotator 1): Cluster Eau & Adaptation au changement climatique, AG 2019.
BODY_START = None
BODY_END = None

C = "Cluster Eau & Adaptation au changement climatique"
RECORDS = [
    P("Jean-François Berthoumieu", ["Jean-François Berthoumieu"],
      roles=[("- [Président] : Jean-François", C), (None, "Agralis Services")]),
    P("Alain Dupuy", ["Alain Dupuy"], roles=[("Vice président Recherche", C), (None, "ENSEGID")]),
    P("Jean-Marie Berton", ["Jean-Marie Berton"], roles=[("Vice président Communication", C), (None, "Aquaten France")]),
    P("Paul Vo Van", ["Paul Vo Van"], roles=[("Vice président Label Eau & Climat", C), (None, "Groupe BLV2")]),
    P("Jean-Marc Bourniquel", ["Jean-Marc Bourniquel"], roles=[("- [Secrétaire] : Jean-Marc", C), (None, "Veolia")]),
    P("Henri Moizo", ["Henri Moizo"],
      roles=[("Secrétaire Adjoint", C), (None, "Laboratoire des Pyrénées et des Landes")]),
    P("Vincent Edery", ["Vincent Edery"], roles=[("Trésorier", C), (None, "IFTS")]),

    O("Chambre de Commerce et d’Industrie du Lot et Garonne", "public_body",
      ["Chambre de Commerce et d’Industrie du Lot et Garonne", "CCI47"], aliases=["CCI47"]),  # CCI + the département's number: one body
    O(C, "association", [C]),
    O("Pôle Environnement de Limoges", "association", ["Pôle Environnement de Limoges"]),
    O("Groupe BLV2", "company", [("Groupe BLV2", 1), ("Groupe BLV2", 2)]),
    O("Bordeaux INP", "education_research", ["Bordeaux INP"]),
    O("JMB Conseils", "company", ["JMB Conseils"]),
    O("ACMG", "other", ["ACMG"]),
    O("Aquaten France", "other", [("Aquaten France", 1), ("Aquaten France", 2)]),
    O("IFTS", "other", [("IFTS", 1), ("IFTS", 2)]),
    O("Agglomération d’Agen", "public_body", ["Agglomération d’Agen"]),
    O("Corhize", "company", ["Corhize"]),
    O("Laboratoire des Pyrénées et des Landes", "education_research",
      [("Laboratoire des Pyrénées et des Landes", 1), ("Laboratoire des Pyrénées et des Landes", 2)]),
    O("GIE Thematik’eau", "company", ["GIE Thematik’eau"]),
    O("Agralis Services", "company", [("Agralis Services", 1), ("Agralis Services", 2)]),
    O("ENSEGID", "education_research", ["ENSEGID"]),
    O("Veolia", "company", ["Veolia"]),

    D("Vendredi 3 mai 2019", "2019-05-03"),
]
UNANNOTATED = []
