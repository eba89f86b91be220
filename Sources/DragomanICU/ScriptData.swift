import CICU

/// Unicode script properties from ICU, and the likely language of a script from CLDR data.
public enum ScriptData {
    /// ICU's script code for a scalar (a UScriptCode value). 0 is Common, 1 Inherited.
    public static func script(of scalar: Unicode.Scalar) -> Int32 {
        dm_script_of(scalar.value)
    }

    /// ICU's code for Common (punctuation, digits, spaces).
    public static let common: Int32 = 0
    /// ICU's code for Inherited (combining marks).
    public static let inherited: Int32 = 1

    /// The ISO 15924 code of a script, e.g. "Arab".
    public static func code(of script: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 16)
        dm_script_code_name(script, &buffer, 16)
        return string(fromCBuffer: buffer)
    }

    /// The likely ISO 639 language of a script from CLDR likely subtags ("Arab" → "ar", "Latn" → "en"), or "und".
    public static func likelyLanguage(of script: Int32) -> String {
        var buffer = [CChar](repeating: 0, count: 16)
        dm_script_likely_language(script, &buffer, 16)
        return string(fromCBuffer: buffer)
    }
}
