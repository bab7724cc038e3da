using System.Globalization;
using Marsad.Evaluation;
using Marsad.Recognition.Tagging;

namespace Marsad.Cli;

/// <summary>The command line of <c>marsad eval ner</c>.</summary>
internal sealed record NerEvalOptions(
    string File,
    int Errors,
    int DocumentSize,
    int Folds,
    IReadOnlyList<string> ExtraTrain,
    bool RulesOnly,
    bool Ablation,
    NerCvOptions Cv)
{
    /// <summary>Whether to print the errors counted by kind and source (<c>--error-kinds</c>).</summary>
    public bool ErrorKinds { get; init; }

    public static NerEvalOptions Parse(string[] args)
    {
        string? file = null;
        var errors = 0;
        var documentSize = NerEvaluation.DefaultDocumentSize;
        var folds = 0;
        var extra = new List<string>();
        var rulesOnly = false;
        var ablation = false;
        var errorKinds = false;
        var cv = new NerCvOptions();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--errors":
                    errors = Number(args, ref i, 0);
                    break;
                case "--document":
                    documentSize = Number(args, ref i, 1);
                    break;
                case "--folds":
                    folds = Number(args, ref i, 2);
                    break;
                case "--extra-train":
                    extra.Add(i + 1 < args.Length ? args[++i] : throw new UsageException("--extra-train takes a CoNLL file."));
                    break;
                case "--rules-only":
                    rulesOnly = true;
                    break;
                case "--ablation":
                    ablation = true;
                    break;
                case "--error-kinds":
                    errorKinds = true;
                    break;
                case "--epochs":
                    cv = cv with { Epochs = Number(args, ref i, 1) };
                    break;
                case "--mixes":
                    cv = cv with { Mixes = Number(args, ref i, 1) };
                    break;
                case "--bits":
                    cv = cv with { Bits = Number(args, ref i, 12) };
                    break;
                case "--org-margin" when i + 1 < args.Length && args[i + 1] == "nested":
                    cv = cv with { NestedOrganizationMargin = true };
                    i++;
                    break;
                case "--org-margin":
                    cv = cv with { OrganizationMargin = Margin(args, ref i) };
                    break;
                case "--margins" when i + 1 < args.Length && args[i + 1] == "nested":
                    cv = cv with { NestedMargins = true };
                    i++;
                    break;
                case "--margins":
                    throw new UsageException("--margins takes 'nested' (each type's margin chosen inside each fold's training folds).");
                case "--margin-curve":
                    cv = cv with { MarginCurve = true };
                    break;
                case "--no-propagation":
                    cv = cv with { Propagate = false };
                    break;
                case "--policy" when i + 1 < args.Length && args[i + 1].Contains('=', StringComparison.Ordinal):
                    cv = cv with { Policies = TypePolicy(cv.ByType, args[++i]) };
                    break;
                case "--policy":
                    cv = cv with { Policy = Policy(i + 1 < args.Length ? args[++i] : ""), Policies = null };
                    break;
                case "--with" when i + 1 < args.Length && args[i + 1] == "clusters":
                    cv = cv with { Groups = cv.Groups | Recognition.Tagging.FeatureGroups.Clusters };
                    i++;
                    break;
                case "--with" when i + 1 < args.Length && args[i + 1] == "gazetteer":
                    cv = cv with { Groups = cv.Groups | Recognition.Tagging.FeatureGroups.Gazetteer };
                    i++;
                    break;
                case "--with" when i + 1 < args.Length && args[i + 1] == "conjunctions":
                    cv = cv with { Groups = cv.Groups | Recognition.Tagging.FeatureGroups.Conjunctions };
                    i++;
                    break;
                case "--with" when i + 1 < args.Length && args[i + 1] == "dictionary":
                    cv = cv with { Groups = cv.Groups | Recognition.Tagging.FeatureGroups.Dictionary };
                    i++;
                    break;
                case "--without":
                    cv = cv with { Groups = cv.Groups & ~Group(i + 1 < args.Length ? args[++i] : "") };
                    break;
                case var option when option.StartsWith('-'):
                    throw new UsageException($"unknown option '{option}' for eval ner.");
                default:
                    file = file is null ? args[i] : throw new UsageException("eval ner takes one file.");
                    break;
            }
        }

        if ((extra.Count > 0 || ablation || cv.OrganizationMargin is not null || cv.NestedOrganizationMargin || cv.NestedMargins || cv.MarginCurve) && folds == 0)
        {
            throw new UsageException("--extra-train, --ablation, --org-margin, --margins and --margin-curve go with --folds K.");
        }

        if (folds > 0 && documentSize != NerEvaluation.DefaultDocumentSize)
        {
            throw new UsageException("--folds keeps documents of the default size; leave out --document.");
        }

        return new NerEvalOptions(file ?? throw new UsageException("eval ner needs a CoNLL file."), errors, documentSize, folds, extra, rulesOnly, ablation, cv) { ErrorKinds = errorKinds };
    }

    /// <summary>The feature groups by their names in the help (word, forms, chars, shape, context, lexicon, rules).</summary>
    public static FeatureGroups Group(string name) =>
        Enum.TryParse<FeatureGroups>(name, ignoreCase: true, out var group) && group is not (FeatureGroups.None or FeatureGroups.All or FeatureGroups.Default) && Enum.IsDefined(group) && !name.Any(char.IsDigit)
            ? group
            : throw new UsageException($"--without takes a feature group: word, forms, chars, shape, context, lexicon or rules (got '{name}').");

    private static DisagreementPolicy Policy(string name) => name switch
    {
        "rules-first" => DisagreementPolicy.RulesFirst,
        "tagger-first" => DisagreementPolicy.TaggerFirst,
        "tagger-decides-unknown" => DisagreementPolicy.TaggerDecidesUnknown,
        _ => throw new UsageException($"--policy takes rules-first, tagger-first or tagger-decides-unknown (got '{name}')."),
    };

    /// <summary>The policies with one type's changed: <c>TYPE=POLICY</c> (LOC, PERS or ORG).</summary>
    private static TypePolicies TypePolicy(TypePolicies policies, string option)
    {
        var (type, name) = (option[..option.IndexOf('=', StringComparison.Ordinal)], option[(option.IndexOf('=', StringComparison.Ordinal) + 1)..]);
        var policy = Policy(name);
        return type switch
        {
            "LOC" => policies with { Loc = policy },
            "PERS" => policies with { Pers = policy },
            "ORG" => policies with { Org = policy },
            _ => throw new UsageException($"--policy TYPE=POLICY takes LOC, PERS or ORG as the type (got '{type}')."),
        };
    }

    /// <summary>The organisation margin each fold's model is given (<see cref="Recognition.Tagging.NerModel.OrganizationMargin"/>): a finite number.</summary>
    private static float Margin(string[] args, ref int i)
    {
        if (i + 1 >= args.Length || !float.TryParse(args[++i], NumberStyles.Float, CultureInfo.InvariantCulture, out var margin) || !float.IsFinite(margin))
        {
            throw new UsageException("--org-margin takes a number (the least margin a tagger-only organisation chunk needs) or 'nested'.");
        }

        return margin;
    }

    private static int Number(string[] args, ref int i, int least)
    {
        var name = args[i];
        if (i + 1 >= args.Length || !int.TryParse(args[++i], NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < least)
        {
            throw new UsageException($"{name} takes a whole number{(least > 0 ? string.Create(CultureInfo.InvariantCulture, $" from {least}") : "")}.");
        }

        return value;
    }
}
