namespace Marsad.Model;

/// <summary>
/// A piece of the input that is not part of the article (navigation, a share prompt, a newsletter promo…)
/// and was therefore left out of the clean text. Nothing is dropped without one of these.
/// </summary>
/// <param name="Text">The removed text, whitespace-collapsed, as a reader would see it.</param>
/// <param name="Reason">A stable, kebab-case reason such as <c>share-prompt</c> or <c>newsletter</c>.</param>
public sealed record RemovedPiece(string Text, string Reason);
