"""`python -m socproc`: the same command line as the `socproc` script."""

from socproc.cli import main

if __name__ == "__main__":
    main()
