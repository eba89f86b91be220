public import Foundation

/// Validates XML with `xmllint` (Debian `libxml2-utils`) offline, against the schemas the repository ships or those
/// in `../shared/schemas`.
public enum XMLLint {
    /// Whether `xmllint` is installed.
    public static var isInstalled: Bool { ExternalTool.isInstalled("xmllint") }

    /// A grammar to validate against.
    public enum Grammar: Sendable {
        /// An XML Schema (`--schema`); `catalog` maps `xml.xsd` for schemas that import it by URL (1.2, 2.2).
        case xsd(URL, catalog: URL? = nil)
        /// A RELAX NG grammar (`--relaxng`).
        case relaxNG(URL)
        /// A DTD (`--dtdvalid`).
        case dtd(URL)
    }

    /// The shipped XLIFF schema (with every module the repository copies) for `version` (`1.2`, `2.0`, `2.1`, `2.2`).
    public static func xliff(_ version: String) -> Grammar {
        let schemas = Repository.schemas
        let catalog = schemas.appendingPathComponent("catalog.xml")
        switch version {
        case "1.2": return .xsd(schemas.appendingPathComponent("xliff-1.2/xliff-core-1.2-strict.xsd"), catalog: catalog)
        case "2.2": return .xsd(schemas.appendingPathComponent("xliff-2.2/xliff-2.2-all-modules.xsd"), catalog: catalog)
        default: return .xsd(schemas.appendingPathComponent("xliff-\(version)/xliff-\(version)-all-modules.xsd"))
        }
    }

    /// Validates the file at `path`; status 0 means valid (3: invalid, 5: the grammar did not compile).
    public static func validate(file path: String, against grammar: Grammar) throws -> ProcessOutput {
        var arguments = ["--nonet", "--noout"]
        var environment: [String: String] = [:]
        switch grammar {
        case .xsd(let schema, let catalog):
            arguments += ["--schema", schema.path]
            if let catalog { environment["XML_CATALOG_FILES"] = catalog.path }
        case .relaxNG(let schema): arguments += ["--relaxng", schema.path]
        case .dtd(let dtd): arguments += ["--dtdvalid", dtd.path]
        }
        return try Subprocess.run("xmllint", arguments + [path], environment: environment)
    }

    /// Validates an in-memory document (written to a temporary file named `name`).
    public static func validate(_ document: String, against grammar: Grammar, name: String = "document.xml") throws
        -> ProcessOutput
    {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent(name).path
        try Data(document.utf8).write(to: URL(fileURLWithPath: path))
        return try validate(file: path, against: grammar)
    }
}

extension XMLLint {
    /// The TBX 2019 core structure grammar, read from `../shared/schemas/tbx` (its licence allows no copy here).
    public static let tbxCore: Grammar = .relaxNG(Repository.shared("schemas/tbx/TBXcoreStructV03.rng"))

    /// The TBX 2008 (`martif`) DTD, read from `../shared/schemas/tbx-openxliff`.
    public static let tbx2008: Grammar = .dtd(Repository.shared("schemas/tbx-openxliff/TBXcoreStructV02.dtd"))

    /// Whether TBX documents can be validated here: `xmllint` installed and `../shared/schemas` present (CI).
    public static var canValidateTBX: Bool { isInstalled && Repository.hasShared("schemas/tbx") }

    /// Whether XLIFF documents can be validated here: `xmllint` installed (the schemas ship in `Tests/Schemas`).
    public static var canValidateXLIFF: Bool { isInstalled }
}
