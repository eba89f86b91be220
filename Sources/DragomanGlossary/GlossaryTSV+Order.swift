extension GlossaryTSV {
    /// Entries in the file's stable order (by id prefix, then id number), as `serialize` writes them.
    ///
    /// Exchange writers use it so every export lists concepts in the same order as the glossary file.
    public static func sortedByID(_ entries: [GlossaryEntry]) -> [GlossaryEntry] {
        sortedByIDKeys(entries)
    }
}
