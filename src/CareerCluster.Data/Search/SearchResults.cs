namespace CareerCluster.Data.Search;

/// <summary>What a reader searched for, and which kinds of page to show how much of.</summary>
/// <param name="OnlyKind">One kind alone (the reader asked for more of it), or null for an overview of every kind.</param>
public sealed record SearchRequest(string? Input, string? OnlyKind = null)
{
    public const int OverviewRoles = 10;
    public const int OverviewOthers = 5;
    public const int OneKind = 50;

    /// <summary>How many hits of a kind to show ("Role", or any other kind, which all show the same).</summary>
    public int LimitFor(string kind) =>
        OnlyKind is not null ? OneKind : kind == "Role" ? OverviewRoles : OverviewOthers;
}

public sealed record SearchHit(string Kind, string Slug, string Title, string SnippetHtml, bool TitleMatch);

/// <summary>
/// The matches of one kind of page: how many there are (at least <see cref="Count"/> when
/// <see cref="MoreThanCount"/>), and the best of them. <see cref="Narrowed"/> says there were too many to
/// rank them all (see <see cref="SearchOptions.CandidateLimit"/>).
/// </summary>
public sealed record SearchKindResults(string Kind, int Count, bool MoreThanCount, IReadOnlyList<SearchHit> Hits, bool Narrowed);

/// <param name="Terms">The words searched for.</param>
/// <param name="LeftOut">Question words dropped from the query ("what", "can", ...).</param>
/// <param name="AnyWord">No page had every word, so these are the pages with some of them.</param>
/// <param name="Kinds">Each kind of page with at least one match, in index order.</param>
public sealed record SearchResults(IReadOnlyList<string> Terms, IReadOnlyList<string> LeftOut, bool AnyWord, IReadOnlyList<SearchKindResults> Kinds)
{
    public static readonly SearchResults Empty = new([], [], false, []);

    public int Total => Kinds.Sum(k => k.Count);

    /// <summary>The total is a lower bound: some kind had more matches than were counted.</summary>
    public bool MoreThanTotal => Kinds.Any(k => k.MoreThanCount);
}
