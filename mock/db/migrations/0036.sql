-- material names are unique: the 实施清单 names materials by name, and the console adds them
CREATE UNIQUE INDEX catalog_materials_name ON catalog_materials(name);
