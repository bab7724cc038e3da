using System.Security.Cryptography;
using System.Text;
using Marsad.Pipeline;

namespace Marsad.Tests.Pipeline;

public sealed class ContentIdTests
{
    [Theory]
    [InlineData("")]
    [InlineData("كازاخستان")]
    [InlineData("😀")]
    public void Is_the_sha256_of_the_utf8_text(string text) =>
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), MarsadPipeline.ContentId(text));

    [Fact]
    public void Hashing_in_blocks_never_splits_a_surrogate_pair()
    {
        // Emoji at every offset around the 4096-char block boundaries.
        var random = new Random(2025);
        for (var trial = 0; trial < 20; trial++)
        {
            var builder = new StringBuilder();
            while (builder.Length < 9000)
            {
                builder.Append(random.Next(3) == 0 ? "😀" : "ك");
            }

            var text = builder.ToString();
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))), MarsadPipeline.ContentId(text));
        }
    }
}
