using System;

namespace Agilant.Client
{
    public static class AgilantEndpoints
    {
        public static Uri Sandbox { get; } = new Uri("https://api.beta.agilantsolutions.com/");

        public static Uri Production { get; } = new Uri("https://api.agilantsolutions.com/");

        public static Uri For(AgilantEnvironment environment) =>
            environment == AgilantEnvironment.Production ? Production : Sandbox;
    }
}
