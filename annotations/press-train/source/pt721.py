# pt721 — lestrademensuel.fr, four Lorraine laureates of the i-LAB innovation contest (2014 edition)
BODY_START = None
BODY_END = None

RECORDS = [
    D("Créé en [1999]", "1999"),
    O("ministère en charge de l’Enseignement supérieur et de la Recherche", "public_body",
      ["ministère en charge de l’Enseignement supérieur et de la Recherche"]),
    L("France", ["France"]),
    D("l’édition [2014]", "2014"),
    P("Marine Amouroux", ["Marine Amouroux"]),          # "(projet SpectroLive)": a project, not an organization
    P("Christophe Calvarusso", ["Christophe Calvarusso"]),
    P("Stéphane Gonzalez", ["Stéphane Gonzalez"]),
    P("Alain Pruski", ["Alain Pruski"]),
    O("Université de Lorraine", "education_research", ["Université de Lorraine"]),
    O("INRA", "education_research", ["INRA"]),
    O("CNRS", "education_research", ["CNRS"]),
    O("Incubateur Lorrain", "other", ["Incubateur Lorrain"]),
    O("Conseil Régional de Lorraine", "public_body", ["Conseil Régional de Lorraine"]),
    D("En [2014]", "2014"),
    O("Fonds Régional pour l’Innovation en Lorraine", "other", ["Fonds Régional pour l’Innovation en Lorraine"]),
    O("Bpifrance", "public_body", ["Bpifrance", "BpiFrance"]),
    O("Ministère de l’Education Nationale de l’Enseignement Supérieur et de la Recherche", "public_body",
      ["Ministère de l’Education Nationale de l’Enseignement Supérieur et de la Recherche"]),
    L("Lorraine", ["En [Lorraine]"]),
    D("i-LAB [2015]", "2015"),
]
UNANNOTATED = []
