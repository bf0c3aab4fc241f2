namespace CareerCluster.Web.Pages.Quiz;

/// <summary>
/// Until NHS role files carry their own `crosswalk` key (issue 14), the closest O*NET occupations of today's twelve
/// NHS healthcare-science roles, each with its reason. The descriptions compared are NHS Careers' (as quoted in the
/// role files) and O*NET 29.2's Occupation Data; only occupations in content/data/us can be used. A role file's
/// `interests` key, or its own crosswalk once it has one, takes precedence over this table.
/// </summary>
public static class NhsCrosswalk
{
    public sealed record Entry(IReadOnlyList<string> Codes, string Reason);

    public static readonly IReadOnlyDictionary<string, Entry> Interim = new Dictionary<string, Entry>(StringComparer.Ordinal)
    {
        ["biological-data-analysis"] = new(["15-2041.01", "15-1211.01"],
            "NHS bioinformatics analyses biological data (biostatisticians) and builds the systems that store and organise it (health informatics specialists)"),
        ["artificial-limbs-and-reconstruction"] = new(["29-2091.00"],
            "designing and fitting artificial limbs and body parts is the work of orthotists and prosthetists"),
        ["clinical-equipment-safety"] = new(["17-2031.00"],
            "keeping clinical equipment such as dialysis machines safe and effective is biomedical engineering work"),
        ["measurement-and-imaging"] = new(["29-2032.00", "29-2034.00"],
            "ultrasound and radiation imaging, the US roles the site already links to this area"),
        ["blood-diagnostic-services"] = new(["29-2011.00"],
            "testing blood samples in hospital laboratories is the work of medical and clinical laboratory technologists"),
        ["genetics"] = new(["29-2011.01"],
            "laboratory genetics: cytogenetic technologists analyse chromosomes for genetic disorders"),
        ["infection-sciences"] = new(["29-2011.00"],
            "testing samples for infection in hospital laboratories is the work of medical and clinical laboratory technologists"),
        ["tissue-and-cellular-science"] = new(["29-2011.04", "29-2011.02"],
            "preparing and examining tissue and cells is the work of histotechnologists and cytotechnologists"),
        ["brain-and-nervous-system"] = new(["29-2099.01"],
            "testing the brain and nerves with equipment such as EEG is the work of neurodiagnostic technologists"),
        ["gastro-intestinal-tract"] = new(["31-9099.02"],
            "the closest O*NET occupation for tests of the gut; NHS physiologists do more of the testing themselves"),
        ["hearing"] = new(["29-1181.00"],
            "testing hearing and helping restore it is the work of audiologists"),
        ["heart-and-lungs"] = new(["29-2031.00", "29-1126.00"],
            "testing the heart (cardiovascular technologists) and the lungs (respiratory therapists)"),
    };
}
