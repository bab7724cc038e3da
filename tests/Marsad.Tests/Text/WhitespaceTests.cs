using Marsad.Text;

namespace Marsad.Tests.Text;

public class WhitespaceTests
{
    [Fact]
    public void The_shortcut_answers_as_the_framework_does_for_every_character()
    {
        for (var c = 0; c <= char.MaxValue; c++)
        {
            Assert.Equal(char.IsWhiteSpace((char)c), Whitespace.Is((char)c));
        }
    }

    [Fact]
    public void Arabic_letters_are_not_white_space_and_the_ideographic_and_no_break_spaces_are()
    {
        Assert.False(Whitespace.Is('ق'));
        Assert.True(Whitespace.Is('\u00A0'));
        Assert.True(Whitespace.Is('\u3000'));
    }
}
