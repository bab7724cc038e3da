namespace Marsad.Storage.Tests;

/// <summary>The distance behind <c>--near</c>, against distances worked out by hand on the mean-radius sphere.</summary>
public sealed class GreatCircleTests
{
    [Fact]
    public void A_point_is_no_distance_from_itself() => Assert.Equal(0, GreatCircle.Km(33.5102, 36.29128, 33.5102, 36.29128));

    [Fact]
    public void One_degree_of_latitude_is_the_radius_times_pi_over_180() =>
        Assert.Equal(GreatCircle.EarthRadiusKm * Math.PI / 180, GreatCircle.Km(10, 20, 11, 20), 6);

    [Fact]
    public void Antipodes_are_half_the_circumference_apart() =>
        Assert.Equal(GreatCircle.EarthRadiusKm * Math.PI, GreatCircle.Km(0, 0, 0, 180), 6);

    [Fact]
    public void Beirut_to_damascus_is_about_85_km_either_way_round()
    {
        var there = GreatCircle.Km(33.88863, 35.49548, 33.5102, 36.29128);
        var back = GreatCircle.Km(33.5102, 36.29128, 33.88863, 35.49548);

        Assert.InRange(there, 84, 87);
        Assert.Equal(there, back, 9);
    }

    [Fact]
    public void Longitude_wraps_at_the_antimeridian() =>
        Assert.Equal(GreatCircle.Km(0, 179.5, 0, -179.5), GreatCircle.Km(0, 0, 0, 1), 6);
}
